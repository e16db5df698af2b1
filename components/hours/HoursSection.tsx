import { useEffect, useId, useState } from 'react';
import { formatHours } from '../../lib/hours/format';
import { type Schedule, scheduleProblems } from '../../lib/hours/schedule';
import { hoursItem } from '../../lib/settings';
import { useLang, useT } from '../i18n';
import { hoursEditorMessages as m } from './messages-editor';

const DAY_NAMES = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

/** The options page's "Jam operasional": shifts per weekday and holidays, saved to settings. */
export function HoursSection() {
  const t = useT();
  const lang = useLang();
  const holidayId = useId();
  const [schedule, setSchedule] = useState<Schedule | null>(null);
  const [holiday, setHoliday] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void hoursItem.getValue().then(setSchedule);
  }, []);
  if (!schedule) return null;

  const edit = (next: Schedule) => {
    setSchedule(next);
    setSaved(false);
  };
  const setDay = (day: number, shifts: Schedule['days'][number]) =>
    edit({ ...schedule, days: schedule.days.map((s, i) => (i === day ? shifts : s)) });
  const problems = scheduleProblems(schedule);
  const problemOf = (day: number, shift: number) => problems.find((p) => p.day === day && p.shift === shift);

  return (
    <div className="hours-editor">
      <p>{t(m.intro)}</p>
      <table>
        <tbody>
          {MONDAY_FIRST.map((day) => {
            const name = DAY_NAMES[lang][day]!;
            const shifts = schedule.days[day] ?? [];
            return (
              <tr key={day}>
                <th scope="row">{name}</th>
                <td>
                  {shifts.length === 0 && <span className="muted">{t(m.closed)}</span>}
                  {shifts.map((shift, i) => {
                    const problem = problemOf(day, i);
                    const key = `${day}-${i}`;
                    return (
                      <span className="shift" key={key}>
                        <input
                          type="time"
                          aria-label={`${name} ${t(m.open)} ${i + 1}`}
                          value={shift.open}
                          aria-invalid={!!problem}
                          onChange={(e) =>
                            setDay(
                              day,
                              shifts.map((s, j) => (j === i ? { ...s, open: e.target.value } : s)),
                            )
                          }
                        />
                        –
                        <input
                          type="time"
                          aria-label={`${name} ${t(m.close)} ${i + 1}`}
                          value={shift.close === '24:00' ? '23:59' : shift.close}
                          aria-invalid={!!problem}
                          onChange={(e) =>
                            setDay(
                              day,
                              shifts.map((s, j) => (j === i ? { ...s, close: e.target.value } : s)),
                            )
                          }
                        />
                        <button
                          type="button"
                          aria-label={t(m.removeShift, { n: i + 1, day: name })}
                          onClick={() =>
                            setDay(
                              day,
                              shifts.filter((_, j) => j !== i),
                            )
                          }
                        >
                          ×
                        </button>
                        {problem && <span className="error">{t(m[`problem_${problem.problem}`])}</span>}
                      </span>
                    );
                  })}
                  <button
                    type="button"
                    onClick={() =>
                      setDay(day, [
                        ...shifts,
                        { open: shifts.length ? '13:00' : '08:00', close: shifts.length ? '21:00' : '17:00' },
                      ])
                    }
                  >
                    {t(m.addShift)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t(m.holidays)}</h2>
      <div className="holiday-add">
        <label htmlFor={holidayId}>{t(m.addHoliday)}</label>
        <input id={holidayId} type="date" value={holiday} onChange={(e) => setHoliday(e.target.value)} />
        <button
          type="button"
          disabled={!holiday || schedule.holidays.includes(holiday)}
          onClick={() => {
            edit({ ...schedule, holidays: [...schedule.holidays, holiday].sort() });
            setHoliday('');
          }}
        >
          {t(m.addHoliday)}
        </button>
      </div>
      {schedule.holidays.length === 0 ? (
        <p className="muted">{t(m.noHolidays)}</p>
      ) : (
        <ul className="holidays">
          {schedule.holidays.map((date) => (
            <li key={date}>
              {date}{' '}
              <button
                type="button"
                aria-label={t(m.removeHoliday, { date })}
                onClick={() => edit({ ...schedule, holidays: schedule.holidays.filter((d) => d !== date) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        {t(m.preview)} <q data-testid="hours-preview">{formatHours(schedule, lang)}</q>
      </p>
      <button
        type="button"
        disabled={problems.length > 0}
        onClick={() => void hoursItem.setValue(schedule).then(() => setSaved(true))}
      >
        {t(m.save)}
      </button>{' '}
      {saved && <span role="status">{t(m.saved)}</span>}
    </div>
  );
}
