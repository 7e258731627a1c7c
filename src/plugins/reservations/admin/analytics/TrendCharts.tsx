'use client'

import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

// The admin theme's own colours (as Charts.tsx), so the charts follow light and dark mode.
const INK = 'var(--theme-elevation-800)'
const GRID = 'var(--theme-elevation-150)'
export const MAIN = 'var(--theme-success-500)'
export const SECOND = 'var(--theme-elevation-400)'
const axis = { tick: { fill: INK, fontSize: 12 }, stroke: GRID }
const tooltip = { contentStyle: { background: 'var(--theme-elevation-0)', border: `1px solid ${GRID}`, color: 'var(--theme-text)' } }

export type Line = { key: string; name: string; colour: string; dashed?: boolean }
type Rows = Array<Record<string, string | number | null>>

/** A series over time: this period's lines solid, last year's dashed, so colour is not the only cue. */
export function TrendLines({ rows, lines }: { rows: Rows; lines: Line[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* Hidden from assistive technology: the table under the chart is the accessible path. */}
      <LineChart data={rows} margin={{ top: 12, right: 12, bottom: 0, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" {...axis} minTickGap={16} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip} />
        <Legend wrapperStyle={{ color: INK }} />
        {lines.map((l) => (
          <Line key={l.key} type="monotone" dataKey={l.key} name={l.name} stroke={l.colour} strokeWidth={2} strokeDasharray={l.dashed ? '6 4' : undefined} dot={rows.length <= 31} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  )
}

/** One series of bars with its numbers written on them. */
export function TrendBars({ rows, valueKey, name }: { rows: Rows; valueKey: string; name: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip} cursor={{ fill: 'var(--theme-elevation-50)' }} />
        <Bar dataKey={valueKey} name={name} fill={MAIN} isAnimationActive={false}>
          <LabelList dataKey={valueKey} position="top" fill={INK} fontSize={11} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
