import { setupTeamDatabase, type TeamUser } from '../lib/team/server-setup';

// Prepares a CouchDB for one shop (README, "Tim"). Usage:
//   npx tsx scripts/team-setup.ts --url http://127.0.0.1:5984 --admin admin:SECRET --db toko-ani \
//     --owner ani:PASSWORD --agent budi:PASSWORD --agent citra:PASSWORD

function parse(argv: string[]) {
  const users: TeamUser[] = [];
  let url = '';
  let admin = '';
  let database = '';
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value = ''] = [argv[i], argv[i + 1]];
    if (flag === '--url') url = value;
    else if (flag === '--admin') admin = value;
    else if (flag === '--db') database = value;
    else if (flag === '--owner' || flag === '--agent') {
      const cut = value.indexOf(':');
      if (cut < 1) throw new Error(`${flag} wants name:password, got "${value}"`);
      users.push({
        name: value.slice(0, cut),
        password: value.slice(cut + 1),
        role: flag === '--owner' ? 'owner' : 'agent',
      });
    } else throw new Error(`unknown option ${flag}`);
  }
  const cut = admin.indexOf(':');
  if (!url || !database || cut < 1) throw new Error('needs --url, --admin name:password and --db');
  return { url, database, users, admin: { username: admin.slice(0, cut), password: admin.slice(cut + 1) } };
}

try {
  for (const line of await setupTeamDatabase(parse(process.argv.slice(2)))) console.log(line);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
