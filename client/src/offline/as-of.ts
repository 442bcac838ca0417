/** "14:02" on the event's wall clock, as the agenda shows its times, not the phone's. */
export const asOfTime = (at: number, lang: string, timeZone: string | undefined) =>
  new Date(at).toLocaleTimeString(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
