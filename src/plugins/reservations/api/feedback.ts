import type { ScoreSummary } from '../../../domain/feedback'

/** The JSON of GET /api/restaurants/:slug/feedback?from=&to= — what the analytics' feedback section shows. */
export interface FeedbackStats {
  period: { from: string; to: string }
  /** visits asked for feedback in the period, and how many answered */
  requested: number
  responseRatePercent: number | null
  scores: ScoreSummary
  lowScores: number
  /** Monday of each week with answers → its count and average */
  trend: Array<{ week: string; count: number; average: number }>
  /** service name ("" outside the hours) → its count and average */
  byService: Record<string, { count: number; average: number }>
  /** the latest answers with a comment, newest first (managers and owners only, as this whole answer) */
  comments: Array<{ visitDate: string; service: string | null; score: number; comment: string; reference: string; guestName: string }>
}
