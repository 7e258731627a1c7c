import { FUNNEL_STEPS, FUNNEL_TARGETS, type FunnelStep } from './steps'

export type StepCounts = Record<FunnelStep, number>

/** The screens a diner can leave the wizard on, in order. */
export const ABANDONMENT_STAGES = ['time', 'details', 'confirmation'] as const
export type AbandonmentStage = (typeof ABANDONMENT_STAGES)[number]

export interface FunnelFigures {
  counts: StepCounts
  /** booked / wizard seen, in % (one decimal); null when nobody saw the wizard */
  conversionPercent: number | null
  /** of the diners who chose a time, those who did not book, in %; null when nobody chose one */
  abandonmentPercent: number | null
  /** diners who left on each screen */
  abandonedAt: Record<AbandonmentStage, number>
  meetsTargets: { conversion: boolean | null; abandonment: boolean | null }
}

export const noSteps = (): StepCounts => Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as StepCounts

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)

/**
 * Conversion and abandonment from step counts. Each page counts each step once, so the counts are
 * diners reaching a step, and those who left a screen are the ones who reached it minus the ones
 * who went past it — no session needs following (and none is: the server keeps counts only):
 * - on the time screen: saw the wizard, chose no time;
 * - on the details screen: chose a time, did not give their details;
 * - at confirmation: gave their details, no booking followed (the deposit screen, or a refusal).
 * A diner may also come back another day and book there: a difference never goes below zero.
 * Abandonment is measured from the first commitment (a time chosen), as the plan's target means
 * the wizard, not the page: browsing the times is not abandoning.
 */
export function funnelFigures(counts: StepCounts): FunnelFigures {
  const left = (reached: number, past: number) => Math.max(0, reached - past)
  const conversionPercent = percent(counts.booked, counts.seen)
  const abandonmentPercent = counts.time_chosen > 0 ? percent(left(counts.time_chosen, counts.booked), counts.time_chosen) : null
  return {
    counts,
    conversionPercent,
    abandonmentPercent,
    abandonedAt: {
      time: left(counts.seen, counts.time_chosen),
      details: left(counts.time_chosen, counts.details_entered),
      confirmation: left(counts.details_entered, counts.booked),
    },
    meetsTargets: {
      conversion: conversionPercent === null ? null : conversionPercent >= FUNNEL_TARGETS.conversionPercent,
      abandonment: abandonmentPercent === null ? null : abandonmentPercent < FUNNEL_TARGETS.abandonmentPercent,
    },
  }
}

/** Rows of (step, count) summed into one count per step; unknown steps are ignored. */
export function sumSteps(rows: readonly { step: string; count: number }[]): StepCounts {
  const counts = noSteps()
  for (const { step, count } of rows) if ((FUNNEL_STEPS as readonly string[]).includes(step)) counts[step as FunnelStep] += count
  return counts
}
