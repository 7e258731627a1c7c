import { z } from 'zod'

/**
 * Guest feedback after a visit: the rules, apart from any storage. The email goes the morning after
 * a completed visit, at this wall-clock time in the restaurant's zone (after breakfast, before the
 * lunch rush: the hour restaurants told us guests answer most).
 */
export const FEEDBACK_REQUEST_LOCAL_TIME = '09:30'

/** A guest may answer (or change the answer) this long after the visit; then the link is spent. */
export const FEEDBACK_ANSWER_DAYS = 30

/** A score at or below this alerts the restaurant's managers. */
export const LOW_SCORE_MAX = 2

export const FEEDBACK_SCORES = [1, 2, 3, 4, 5] as const

export const COMMENT_MAX_LENGTH = 2000

export function isLowScore(score: number): boolean {
  return score <= LOW_SCORE_MAX
}

/** What the guest sends from the feedback page (messages are error codes, as in ../schemas). */
export const feedbackAnswerSchema = z.object({
  score: z.number({ error: () => 'invalid_score' }).int('invalid_score').min(1, 'invalid_score').max(5, 'invalid_score'),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX_LENGTH)
    .optional()
    .transform((comment) => comment || undefined),
})

export type FeedbackAnswer = z.infer<typeof feedbackAnswerSchema>

export interface ScoreSummary {
  count: number
  /** one decimal; null without any score */
  average: number | null
  /** score (1–5) → answers */
  distribution: Record<string, number>
}

/** Count, average (one decimal) and distribution of a list of scores. */
export function summariseScores(scores: number[]): ScoreSummary {
  const distribution: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  for (const score of scores) distribution[score] = (distribution[score] ?? 0) + 1
  const total = scores.reduce((sum, score) => sum + score, 0)
  return { count: scores.length, average: scores.length ? Math.round((total / scores.length) * 10) / 10 : null, distribution }
}
