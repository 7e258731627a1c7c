'use client'

import type { ReactNode } from 'react'

export type Column = { key: string; label: string }

/**
 * A chart with its caption and the same numbers as a table under "Show as a table": screen readers
 * and keyboard users read the table; the drawing itself is described by its caption.
 */
export function ChartFigure({ id, title, note, columns, rows, showTable, children }: { id: string; title: string; note?: string; columns: Column[]; rows: Array<Record<string, string | number>>; showTable: string; children: ReactNode }) {
  return (
    <figure data-testid={`chart-${id}`} aria-labelledby={`${id}-title`} style={{ margin: 0, padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', background: 'var(--theme-elevation-0)', minWidth: 0 }}>
      <figcaption id={`${id}-title`} style={{ fontWeight: 600, marginBottom: '.5rem' }}>
        {title}
      </figcaption>
      {note ? <p style={{ margin: '0 0 .5rem', fontSize: '.85rem', color: 'var(--theme-elevation-600)' }}>{note}</p> : null}
      <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
        {children}
      </div>
      <details style={{ marginTop: '.5rem' }}>
        <summary style={{ cursor: 'pointer' }}>{showTable}</summary>
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '.5rem' }}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" style={{ textAlign: 'left', borderBottom: '1px solid var(--theme-elevation-150)', padding: '.25rem .5rem' }}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c, j) =>
                  j === 0 ? (
                    <th key={c.key} scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: '.25rem .5rem' }}>
                      {row[c.key]}
                    </th>
                  ) : (
                    <td key={c.key} style={{ padding: '.25rem .5rem' }}>
                      {row[c.key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
