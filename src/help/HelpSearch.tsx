'use client'

import { useDeferredValue, useId, useState } from 'react'

import { searchGuide, type GuideSection } from './search'

type Words = { search: string; placeholder: string; noResults: string; one: string; other: string }

/** The guide's search box and its results, computed in the browser as the reader types. */
export function HelpSearch({ sections, pageHref, words, language }: { sections: GuideSection[]; pageHref: string; words: Words; language: string }) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const hits = searchGuide(sections, deferred)
  const id = useId()
  const trimmed = deferred.trim()
  const count = (n: number) => (new Intl.PluralRules(language).select(n) === 'one' ? words.one : words.other).replace('{{count}}', String(n))
  return (
    <div role="search" className="help__search">
      <label htmlFor={id}>{words.search}</label>
      <input id={id} type="search" value={query} placeholder={words.placeholder} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      {trimmed ? (
        <div data-testid="help-results">
          <p role="status">{hits.length === 0 ? words.noResults.replace('{{query}}', trimmed) : count(hits.length)}</p>
          <ul>
            {hits.map((hit) => (
              <li key={`${hit.page}#${hit.anchor}`}>
                <a href={`${pageHref}${encodeURIComponent(hit.page)}#${encodeURIComponent(hit.anchor)}`}>
                  <strong>{hit.pageTitle === hit.heading ? hit.heading : `${hit.pageTitle} › ${hit.heading}`}</strong>
                </a>
                <span>{hit.excerpt}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
