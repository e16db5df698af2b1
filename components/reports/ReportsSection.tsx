import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { SigapDb, StoredReplySample } from '../../lib/db/schema';
import {
  agentOf,
  agentReport,
  localAgentKey,
  samplesOfAgent,
  showAgentView,
  uniqueReplies,
} from '../../lib/reply-clock/agents';
import { samplesToCsv } from '../../lib/reply-clock/csv';
import { formatDuration } from '../../lib/reply-clock/format';
import { COARSE_BUCKETS, FINE_BUCKETS, latencyHistogram } from '../../lib/reply-clock/histogram';
import { chatOutcomes, shopeeReportedRate } from '../../lib/reply-clock/response-rate';
import type { ReplySample } from '../../lib/reply-clock/samples';
import { computeReplyStats, groupReplyStats, type StatsOptions } from '../../lib/reply-clock/stats';
import { replyTargetsItem } from '../../lib/settings';
import { loadConnection } from '../../lib/team/connection-store';
import { downloadText } from '../catalog/download';
import { useLang, useT } from '../i18n';
import { useStorageItem } from '../use-storage-item';
import { AgentTable } from './AgentTable';
import { BarChart } from './BarChart';
import { reportMessages as m } from './messages';
import './reports.css';

const DAY = 86_400_000;
const PRESETS = [
  { key: 'today', days: 0, label: m.today },
  { key: '7', days: 7, label: m.days7 },
  { key: '30', days: 30, label: m.days30 },
  { key: '90', days: 90, label: m.days90 },
] as const;

function startOfToday(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

const percent = (share: number | null) => (share == null ? '–' : `${Math.round(share * 1000) / 10}%`);

type Sample = ReplySample & Pick<StoredReplySample, 'agent'>;

/** A name fit for a file name: letters, digits, '-' and '_' only. */
const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'agen';

/**
 * "Laporan": reply times as the marketplaces count them (wall clock; the within-hours figure only
 * beside it), for a chosen range and marketplace, with charts and a CSV export. Samples belong to the
 * range by the buyer's message time, as in the statistics.
 */
export function ReportsSection({ db, now = Date.now() }: { db: SigapDb; now?: number }) {
  const t = useT();
  const lang = useLang();
  const targets = useStorageItem(replyTargetsItem, replyTargetsItem.fallback);
  const [preset, setPreset] = useState<(typeof PRESETS)[number]['key'] | 'custom'>('7');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [market, setMarket] = useState<'all' | 'shopee' | 'tokopedia'>('all');
  const samples = useLiveQuery(() => db.replySamples.toArray(), [db]);
  // Team sync: the connected login names this browser's own (untagged) samples.
  const connection = useLiveQuery(() => loadConnection(db), [db]);

  const range = useMemo(() => {
    const chosen = PRESETS.find((p) => p.key === preset);
    if (!chosen) {
      // Custom: whole local days, "to" included.
      const from = custom.from ? new Date(`${custom.from}T00:00`).getTime() : startOfToday(now);
      const to = custom.to ? new Date(`${custom.to}T00:00`).getTime() + DAY : startOfToday(now) + DAY;
      return { from, to: Math.max(from, to) };
    }
    const days = chosen.days;
    const to = startOfToday(now) + DAY;
    return { from: days === 0 ? startOfToday(now) : to - days * DAY, to };
  }, [preset, custom, now]);
  const filtered = useMemo(
    () => (samples ?? []).filter((s) => market === 'all' || s.marketplace === market) as Sample[],
    [samples, market],
  );
  const localKey = localAgentKey(connection?.username);
  // Decided on every sample, so choosing a marketplace or a range never hides the view.
  const perAgent = useMemo(
    () => showAgentView(samples ?? [], localKey, Boolean(connection)),
    [samples, localKey, connection],
  );
  const agentLabel = (agent: string) => (agent === '' ? t(m.thisBrowser) : agent);
  // The shop's figures count a reply once, even when two agents' browsers both recorded it.
  const replies = useMemo(() => uniqueReplies(filtered, localKey), [filtered, localKey]);
  const options = useMemo<StatsOptions>(
    () => ({ range, targetMs: targets.dueMs, now }),
    [range, targets.dueMs, now],
  );
  const byAgent = useMemo(
    () => (perAgent ? agentReport(filtered, options, localKey) : null),
    [perAgent, filtered, options, localKey],
  );
  const isInRange = (s: Sample) => s.buyerAt >= range.from && s.buyerAt < range.to;
  const inRange = filtered.filter(isInRange);
  const repliesInRange = replies.filter(isInRange);
  const stats = computeReplyStats(replies, options);
  const duration = (ms: number | null) => (ms == null ? '–' : formatDuration(ms, lang));
  const day = new Date(now).toISOString().slice(0, 10);

  /** The whole shop (null) or one agent's samples in the range; with an agent column once there is a team. */
  const exportCsv = (agent: string | null) => {
    const chosen = (agent === null ? inRange : samplesOfAgent(inRange, agent, localKey)).sort(
      (a, b) => a.buyerAt - b.buyerAt || a.replyAt - b.replyAt,
    );
    const csv = samplesToCsv(chosen, {
      lang,
      bom: true,
      ...(perAgent && { agent: (s: Sample) => agentLabel(agentOf(s, localKey)) }),
    });
    downloadText(
      csv,
      agent === null ? `sigap-balasan-${day}.csv` : `sigap-balasan-${fileSafe(agentLabel(agent))}-${day}.csv`,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <div className="reports">
      <div className="report-filters">
        <fieldset>
          <legend>{t(m.range)}</legend>
          {PRESETS.map((p) => (
            <label key={p.key}>
              <input type="radio" name="range" checked={preset === p.key} onChange={() => setPreset(p.key)} />{' '}
              {t(p.label)}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="range"
              checked={preset === 'custom'}
              onChange={() => setPreset('custom')}
            />{' '}
            {t(m.custom)}
          </label>
          {preset === 'custom' && (
            <>
              <input
                type="date"
                aria-label={t(m.from)}
                value={custom.from}
                onChange={(e) => setCustom({ ...custom, from: e.target.value })}
              />
              <input
                type="date"
                aria-label={t(m.to)}
                value={custom.to}
                onChange={(e) => setCustom({ ...custom, to: e.target.value })}
              />
            </>
          )}
        </fieldset>
        <label>
          {t(m.marketplace)}{' '}
          <select value={market} onChange={(e) => setMarket(e.target.value as typeof market)}>
            <option value="all">{t(m.all)}</option>
            <option value="shopee">Shopee</option>
            <option value="tokopedia">Tokopedia</option>
          </select>
        </label>
        <button type="button" onClick={() => exportCsv(null)} disabled={inRange.length === 0}>
          {t(m.exportCsv)}
        </button>
      </div>

      {!samples ? null : inRange.length === 0 ? (
        <p className="muted" data-testid="reports-empty">
          {t(m.empty)}
        </p>
      ) : (
        <>
          <dl className="headline" data-testid="headline">
            <div>
              <dt>{t(m.replies)}</dt>
              <dd data-testid="count">{stats.count}</dd>
            </div>
            <div>
              <dt>{t(m.median)}</dt>
              <dd data-testid="median">{duration(stats.medianMs)}</dd>
              <dd className="muted">{t(m.withinHours, { v: duration(stats.medianWithinHoursMs) })}</dd>
            </div>
            <div>
              <dt>{t(m.p90)}</dt>
              <dd data-testid="p90">{duration(stats.p90Ms)}</dd>
              <dd className="muted">{t(m.withinHours, { v: duration(stats.p90WithinHoursMs) })}</dd>
            </div>
            <div>
              <dt>{t(m.withinTarget, { target: duration(targets.dueMs) })}</dt>
              <dd data-testid="within-target">{percent(stats.withinTargetShare)}</dd>
            </div>
            <div>
              <dt>{t(m.rate12h)}</dt>
              <dd data-testid="rate-12h">{percent(stats.responseRate12h)}</dd>
            </div>
            <div>
              <dt>{t(m.shopeeRate)}</dt>
              <dd>{percent(shopeeReportedRate(chatOutcomes(replies, [], now), now))}</dd>
              <dd className="muted">{t(m.shopeeNote)}</dd>
            </div>
          </dl>
          {byAgent && (
            <>
              <AgentTable
                report={byAgent}
                label={agentLabel}
                targetText={duration(targets.dueMs)}
                duration={duration}
                percent={percent}
                onExport={exportCsv}
              />
              <p className="agent-note">{t(m.byAgentNote)}</p>
            </>
          )}
          <BarChart
            title={t(m.perDay)}
            bars={groupReplyStats(replies, options, 'day').map((g) => ({
              label: g.key.slice(5),
              value: g.stats.medianMs,
            }))}
            format={(v) => formatDuration(v, lang)}
          />
          <BarChart
            title={t(m.perHour)}
            bars={groupReplyStats(replies, options, 'hourOfDay').map((g) => ({
              label: g.key,
              value: g.stats.medianMs,
            }))}
            format={(v) => formatDuration(v, lang)}
          />
          <BarChart
            title={t(m.histogram)}
            bars={latencyHistogram(repliesInRange, [
              ...FINE_BUCKETS.slice(0, 3),
              ...COARSE_BUCKETS.slice(1),
            ]).map((b) => ({
              label: t(b.bucket.label),
              value: b.count,
            }))}
            format={(v) => String(v)}
          />
          <table className="by-market">
            <caption>{t(m.byMarketplace)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(m.marketplace)}</th>
                <th scope="col">{t(m.replies)}</th>
                <th scope="col">{t(m.median)}</th>
                <th scope="col">{t(m.rate12h)}</th>
              </tr>
            </thead>
            <tbody>
              {groupReplyStats(replies, options, 'marketplace').map((g) => (
                <tr key={g.key}>
                  <th scope="row">{g.key}</th>
                  <td>{g.stats.count}</td>
                  <td>{duration(g.stats.medianMs)}</td>
                  <td>{percent(g.stats.responseRate12h)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
