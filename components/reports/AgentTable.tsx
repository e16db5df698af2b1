import type { AgentReport } from '../../lib/reply-clock/agents';
import type { ReplyStats } from '../../lib/reply-clock/stats';
import { useT } from '../i18n';
import { reportMessages as m } from './messages';

// Laporan › Per agen: one row per agent with replies in the range, then the whole shop, each with
// its own CSV. Rows carry data-testid/data-agent so end-to-end tests can find an agent's figures.

export interface AgentTableProps {
  report: AgentReport;
  /** The name shown for an agent key (the local agent without a login has the key ''). */
  label: (agent: string) => string;
  targetText: string;
  duration: (ms: number | null) => string;
  percent: (share: number | null) => string;
  /** An agent's key, or null for the whole shop. */
  onExport: (agent: string | null) => void;
}

export function AgentTable({ report, label, targetText, duration, percent, onExport }: AgentTableProps) {
  const t = useT();
  const cells = (stats: ReplyStats) => (
    <>
      <td data-col="count">{stats.count}</td>
      <td data-col="median">{duration(stats.medianMs)}</td>
      <td data-col="p90">{duration(stats.p90Ms)}</td>
      <td data-col="within-target">{percent(stats.withinTargetShare)}</td>
      <td data-col="rate-12h">{percent(stats.responseRate12h)}</td>
    </>
  );
  return (
    <table className="by-agent" data-testid="by-agent">
      <caption>{t(m.byAgent)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(m.agent)}</th>
          <th scope="col">{t(m.replies)}</th>
          <th scope="col">{t(m.median)}</th>
          <th scope="col">{t(m.p90)}</th>
          <th scope="col">{t(m.withinTarget, { target: targetText })}</th>
          <th scope="col">{t(m.rate12h)}</th>
          <th scope="col">{t(m.csv)}</th>
        </tr>
      </thead>
      <tbody>
        {report.agents.map((row) => {
          const name = label(row.agent);
          return (
            <tr key={row.agent} data-testid="agent-row" data-agent={name}>
              <th scope="row">
                {name}
                {row.local && row.agent !== '' ? ` ${t(m.you)}` : ''}
              </th>
              {cells(row.stats)}
              <td>
                <button
                  type="button"
                  aria-label={t(m.exportAgentCsv, { agent: name })}
                  title={t(m.exportAgentCsv, { agent: name })}
                  onClick={() => onExport(row.agent)}
                >
                  {t(m.csv)}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr data-testid="shop-row">
          <th scope="row">{t(m.wholeShop)}</th>
          {cells(report.shop)}
          <td>
            <button
              type="button"
              aria-label={t(m.exportShopCsv)}
              title={t(m.exportShopCsv)}
              onClick={() => onExport(null)}
            >
              {t(m.csv)}
            </button>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
