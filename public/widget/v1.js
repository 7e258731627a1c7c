/*! TechPlus booking widget, v1. How to embed: README, "Embedding the booking widget". */
// <script src="https://your-site/widget/v1.js" data-restaurant="le-petit-zinc" data-lang="fr" async></script>
// puts the restaurant's booking form, in a frame from this script's own site, where the tag is
// (or in the element `data-target` names). The frame says its height as the form grows and shrinks.
// Plain ES5, no dependency: it runs on sites we know nothing about. Version 1's attributes and
// messages never change; a breaking change ships as v2.js beside it.
;(function () {
  'use strict'
  var script = document.currentScript
  if (!script || !script.src) return
  var origin = new URL(script.src, document.baseURI).origin
  var LANGUAGES = ['fr', 'en']
  // Shown until the form says its own title (in its language, with the restaurant's name).
  var TITLES = { fr: 'Réserver une table', en: 'Book a table' }
  var MESSAGE = 'techplus:widget'

  function supported(tag) {
    var language = String(tag || '').toLowerCase().split('-')[0]
    return LANGUAGES.indexOf(language) >= 0 ? language : null
  }

  /** The tag's data-lang, else the host page's language, else the browser's, else French. */
  function languageOf() {
    var candidates = [script.getAttribute('data-lang'), document.documentElement.lang].concat(navigator.languages || [navigator.language])
    for (var i = 0; i < candidates.length; i++) {
      var language = supported(candidates[i])
      if (language) return language
    }
    return 'fr'
  }

  var restaurant = script.getAttribute('data-restaurant') || ''
  if (!/^[a-z0-9][a-z0-9-]*$/.test(restaurant)) {
    if (window.console) console.error('TechPlus widget: data-restaurant must be a restaurant\'s slug, such as "le-petit-zinc"')
    return
  }
  var language = languageOf()
  var query = []
  var party = script.getAttribute('data-party')
  var date = script.getAttribute('data-date')
  if (party && /^\d{1,2}$/.test(party)) query.push('party=' + party)
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) query.push('date=' + date)

  var frame = document.createElement('iframe')
  frame.src = origin + '/embed/' + language + '/' + restaurant + (query.length ? '?' + query.join('&') : '')
  frame.title = TITLES[language]
  frame.setAttribute('data-techplus-widget', restaurant)
  // Full width, as tall as its content once it says so; a first guess until then.
  frame.style.cssText = 'display:block;width:100%;max-width:100%;height:720px;border:0;overflow:hidden;color-scheme:normal'

  // Only this frame's own messages, from our origin, of the shape we send, are listened to.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return
    var data = event.data
    if (!data || data.type !== MESSAGE || typeof data.height !== 'number' || !(data.height > 0 && data.height < 100000)) return
    frame.style.height = Math.ceil(data.height) + 'px'
    if (typeof data.title === 'string' && data.title) frame.title = data.title.slice(0, 200)
  })

  var target = script.getAttribute('data-target')
  var container = target ? document.querySelector(target) : null
  if (container) container.appendChild(frame)
  else script.parentNode.insertBefore(frame, script.nextSibling)
})()
