/** How many days the date picker shows: four weeks. */
export const DAYS_SHOWN = 28
