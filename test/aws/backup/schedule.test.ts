import { BACKUP_PRESETS, parseSchedule, scheduleInterval } from '../../../src/aws/backup/schedule';

const H = 3600;
const D = 86400;

describe('scheduleInterval: the longest gap between two runs of an AWS Backup cron schedule', () => {
  test.each([
    ['cron(0 5 ? * * *)', D],
    ['cron(30 */6 ? * * *)', 6 * H],
    ['cron(0 1,13 ? * * *)', 12 * H],
    ['cron(0 2,8 ? * * *)', 18 * H],
    ['cron(0 5 ? * SUN *)', 7 * D],
    ['cron(0 5 ? * MON-FRI *)', 3 * D],
    ['cron(0 5 ? * 2-6 *)', 3 * D],
    ['cron(0 5 1 * ? *)', 31 * D],
    ['cron(0 5 1 JAN,JUL ? *)', 184 * D],
    ['cron(0 * ? * * *)', H],
  ])('%s runs at most %i s apart', (expr, seconds) => {
    expect(scheduleInterval(expr)).toEqual({ seconds });
  });

  test('the presets are daily, weekly and monthly and keep 35, 90 and 365 days', () => {
    expect(Object.fromEntries(Object.entries(BACKUP_PRESETS).map(([k, p]) => [k, [scheduleInterval(p.schedule).seconds, p.retentionDays]]))).toEqual({
      daily: [D, 35],
      weekly: [7 * D, 90],
      monthly: [31 * D, 365],
    });
  });

  test.each([
    ['rate(1 day)', /must be a cron expression/],
    ['cron(0 5 * * *)', /6 fields/],
    ['cron(* 5 ? * * *)', /more than once an hour/],
    ['cron(0,30 5 ? * * *)', /more than once an hour/],
    ['cron(0 5 L * ? *)', /L, W or #/],
    ['cron(0 5 ? * 6#3 *)', /L, W or #/],
    ['cron(0 5 1 * MON *)', /day-of-month or day-of-week as \?/],
    ['cron(0 5 ? * * 2027)', /year/],
    ['cron(0 25 ? * * *)', /hours field "25" must hold values from 0 to 23/],
    ['cron(0 5 ? * FOO *)', /day-of-week field/],
    ['cron(0 5 30 FEB ? *)', /never runs twice/],
  ])('%s is refused: %s', (expr, problem) => {
    const r = scheduleInterval(expr);
    expect(r.seconds).toBeUndefined();
    expect(r.problem).toMatch(problem);
  });

  test('names of months and days are read as AWS does (SUN = 1)', () => {
    expect(parseSchedule('cron(0 5 ? JAN SUN *)')).toEqual({ fields: [[0], [5], 'any', [1], [1], 'any'] });
  });
});
