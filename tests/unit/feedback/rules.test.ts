import { describe, expect, it } from 'vitest'

import { feedbackAnswerSchema, isLowScore, summariseScores } from '../../../src/domain/feedback'

describe('guest feedback rules', () => {
  it('calls 1 and 2 low scores, 3 not', () => {
    expect([1, 2, 3, 4, 5].map(isLowScore)).toEqual([true, true, false, false, false])
  })

  it('averages to one decimal and counts each score', () => {
    expect(summariseScores([5, 4, 2])).toEqual({ count: 3, average: 3.7, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 } })
    expect(summariseScores([])).toEqual({ count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
  })

  it('takes a whole score from 1 to 5 and an optional comment, trimmed', () => {
    expect(feedbackAnswerSchema.parse({ score: 5, comment: '  Parfait  ' })).toEqual({ score: 5, comment: 'Parfait' })
    expect(feedbackAnswerSchema.parse({ score: 3, comment: '   ' })).toEqual({ score: 3, comment: undefined })
    for (const score of [0, 6, 4.5, '5', null]) {
      expect(feedbackAnswerSchema.safeParse({ score }).error?.issues[0]?.message).toBe('invalid_score')
    }
  })
})
