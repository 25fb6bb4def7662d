import * as fixtures from '../../../mocks/fixtures'
import type { EndpointName } from '../../../src/api/endpoints'
import { limits } from '../../../src/api/schemas'
import type { RawStep } from '../../../server/raw-responses'

// The body dimension of the hostile suite: each endpoint's real fixture, bent one way at a time
// (a field's value, the whole shape, the size, the syntax). What the dashboard should make of the
// result follows from DESIGN.md's rule, with the documented limits (src/api/schemas.ts) imported,
// never copied: a wrong item is left out and counted while the rest is shown; a wrong optional
// field of the profile is left out alike; only a wrong shape, or the profile's name, is invalid-data.

export type BodyParts = NonNullable<RawStep['body']>

export interface HostileBody {
  id: string
  /** What the section must end in: its data, its empty state, or invalid-data. */
  expect: 'data' | 'empty' | 'invalid-data'
  /** A text the section shows when the body is accepted. */
  shows?: string
  /** How many items (or the profile's details) its note says were left out: 0, no note. */
  omitted?: number
  body: BodyParts
  /** The same bytes mean the same on every endpoint (syntax, size): one endpoint is enough. */
  generic?: boolean
}

type Item = Record<string, unknown>

/** Where each endpoint keeps a text, a bounded count and a date, and what its valid body is. */
interface Subject {
  /** A fresh copy each call: the cases bend it in place. */
  sample: () => Item[] | Item
  text: { field: string; max: number }
  count?: { field: string; max: number }
  date?: { field: string; kind: 'calendar' | 'moment' }
  /** The profile's fields without which it can't be shown; any other wrong field is left out alone. */
  required?: string[]
}

const subjects: Record<EndpointName, Subject> = {
  products: {
    sample: () => structuredClone(fixtures.products.slice(0, 3)),
    text: { field: 'name', max: limits.nameLength },
    count: { field: 'priceCents', max: limits.priceCents },
  },
  categories: {
    sample: () => structuredClone(fixtures.categories.slice(0, 3)),
    text: { field: 'name', max: limits.nameLength },
    count: { field: 'productCount', max: limits.count },
  },
  profile: {
    sample: () => structuredClone(fixtures.profile),
    text: { field: 'name', max: limits.nameLength },
    count: { field: 'ecoPoints', max: limits.count },
    date: { field: 'memberSince', kind: 'calendar' },
    required: ['name'],
  },
  notifications: {
    sample: () => fixtures.notifications().slice(0, 3),
    text: { field: 'text', max: limits.messageLength },
    date: { field: 'createdAt', kind: 'moment' },
  },
}

const first = (body: Item[] | Item): Item => (Array.isArray(body) ? body[0] : body)
/** The text an untouched body shows: its first item's. */
export const shownText = (name: EndpointName) => String(first(subjects[name].sample())[subjects[name].text.field])
/** The text a list shows when its first item is left out: the next one's; the profile's own name. */
const nextText = (name: EndpointName) => {
  const sample = subjects[name].sample()
  return String((Array.isArray(sample) ? sample[1] : sample)[subjects[name].text.field])
}

/**
 * DESIGN.md's rule for one wrong field: a list leaves its item out, counts it, and shows the next;
 * the profile fails only for a wrong required field, and otherwise leaves that field out.
 */
function wrongField(name: EndpointName, field: string): Pick<HostileBody, 'expect' | 'shows' | 'omitted'> {
  if (subjects[name].required?.includes(field)) return { expect: 'invalid-data' }
  return { expect: 'data', shows: nextText(name), omitted: 1 }
}

const parts = (text: string): BodyParts => [{ text }]
/** JSON with one value written raw, for the numbers JSON.stringify can't write (1e999). */
const RAW = '\u0000raw\u0000'
function jsonWith(name: EndpointName, field: string, value: unknown, rawToken?: string): string {
  const body = subjects[name].sample()
  first(body)[field] = rawToken === undefined ? value : RAW
  const text = JSON.stringify(body)
  return rawToken === undefined ? text : text.replace(JSON.stringify(RAW), rawToken)
}

/** Big enough to take real time to send and parse, small enough to beat the timeout on a busy machine. */
export const HUGE_BYTES = 1024 * 1024

/** A word of exactly `length` characters: nothing to wrap at. */
const word = (length: number) =>
  fixtures.LONG_WORD.repeat(Math.ceil(length / fixtures.LONG_WORD.length)).slice(0, length)

// Texts a person should see as sent (markup shown as text, never run), or cut, or stripped of
// controls (`shows`), and the few that are no text at all: blank, half a surrogate pair, a number.
const texts = (max: number): { id: string; value: unknown; valid: boolean; shows?: string }[] => [
  { id: 'a <script> tag', value: '<script>window.__hostile = "script"</script>Apples', valid: true },
  { id: 'an <img onerror>', value: '<img src=x onerror="window.__hostile = \'img\'"> Apples', valid: true },
  { id: 'an <svg onload> alert', value: '<svg onload=alert(document.domain)></svg> Apples', valid: true },
  { id: 'an <iframe srcdoc>', value: '"><iframe srcdoc="<script>parent.__hostile=1</script>"></iframe>', valid: true },
  {
    id: 'a template injection',
    value: "{{constructor.constructor('window.__hostile = 1')()}} ${alert(1)}",
    valid: true,
  },
  { id: 'a javascript: URL', value: 'javascript:window.__hostile=1//https://example.com', valid: true },
  { id: 'a bidi override', value: 'Apples \u202Egnp.exe\u202C fresh', valid: true },
  { id: 'zalgo marks', value: `Z${'\u0336\u0335\u0334\u0321\u0322'.repeat(20)}algo`, valid: true },
  { id: '30 marks stacked on one letter', value: `A${'\u0301'.repeat(30)}pples`, valid: true },
  { id: 'zero-width joiners and spaces', value: 'Bee\u200Dswax\u200B wraps', valid: true },
  { id: 'emoji sequences', value: '👩‍👩‍👧‍👦 🏳️‍🌈 🇪🇸 family pack', valid: true },
  { id: 'CJK and Arabic', value: '有机苹果 تفاح عضوي', valid: true },
  { id: 'one word at the limit', value: word(max), valid: true },
  { id: 'one character past the limit', value: word(max + 1), valid: true, shows: `${word(max - 1)}…` },
  { id: 'a 100 KB word', value: 'W'.repeat(100_000), valid: true, shows: `${'W'.repeat(max - 1)}…` },
  { id: 'control characters', value: 'Apples\u0000 \u0007fresh\u001B', valid: true, shows: 'Apples fresh' },
  { id: 'a lone surrogate', value: 'Apples \uD800', valid: false },
  { id: 'blank', value: '   ', valid: false },
  { id: 'only zero-width characters', value: '\u200B\u200D\u202E', valid: false },
  { id: 'a number', value: 42, valid: false },
]

// Numbers at and past a count's bounds; `raw` is written into the JSON as is.
const counts = (max: number): { id: string; value?: unknown; raw?: string; valid: boolean }[] => [
  { id: 'at its maximum', value: max, valid: true },
  { id: 'one past its maximum', value: max + 1, valid: false },
  { id: 'negative', value: -1, valid: false },
  { id: '1e308', raw: '1e308', valid: false },
  { id: '1e999 (Infinity)', raw: '1e999', valid: false },
  { id: 'a fraction', value: 1.5, valid: false },
  { id: 'a numeric string', value: String(max), valid: false },
  { id: 'null', value: null, valid: false },
]

const dates: Record<'calendar' | 'moment', { id: string; value: string; valid: boolean }[]> = {
  calendar: [
    { id: 'a leap day', value: '2024-02-29', valid: true },
    { id: 'the 31st of February', value: '2023-02-31', valid: false },
    { id: 'a leap day in a common year', value: '2023-02-29', valid: false },
    { id: 'year 0001', value: '0001-01-01', valid: false },
    { id: 'a year past 9999', value: '+275760-09-13', valid: false },
    { id: 'before 1970', value: '1969-12-31', valid: false },
  ],
  moment: [
    { id: 'an offset +05', value: '2024-01-01T00:00:00+05', valid: true },
    { id: 'an offset +05:30', value: '2024-01-01T00:00:00+05:30', valid: true },
    { id: 'the 31st of February', value: '2023-02-31T10:00:00Z', valid: false },
    { id: 'hour 25', value: '2024-01-01T25:00:00Z', valid: false },
    { id: 'year 0001', value: '0001-01-01T00:00:00Z', valid: false },
    { id: 'a year past 9999', value: '+275760-09-13T00:00:00Z', valid: false },
  ],
}

/** A list of `length` distinct copies of a list endpoint's first item. */
const manyItems = (name: EndpointName, length: number) => {
  const item = first(subjects[name].sample())
  return JSON.stringify(Array.from({ length }, (_, index) => ({ ...item, id: `${String(item.id)}-${index}` })))
}

/** The whole-body variants: shapes, sizes and syntax. */
function wholeBodies(name: EndpointName): HostileBody[] {
  const sample = subjects[name].sample()
  const valid = JSON.stringify(sample)
  const isList = Array.isArray(sample)
  const shows = shownText(name)
  const withKeys = (extra: Item) =>
    JSON.stringify(isList ? (sample as Item[]).map((item) => ({ ...item, ...extra })) : { ...sample, ...extra })
  const bodies: HostileBody[] = [
    { id: 'null', expect: 'invalid-data', body: parts('null'), generic: true },
    {
      id: 'the wrong shape',
      expect: 'invalid-data',
      body: parts(isList ? JSON.stringify({ items: sample }) : JSON.stringify([sample])),
    },
    { id: 'an empty list', expect: isList ? 'empty' : 'invalid-data', body: parts('[]') },
    ...(isList
      ? [{ id: 'every item wrong', expect: 'empty' as const, omitted: 3, body: parts('[1,"two",{"id":null}]') }]
      : []),
    { id: 'an empty object', expect: 'invalid-data', body: parts('{}'), generic: true },
    { id: 'no body at all', expect: 'invalid-data', body: [], generic: true },
    {
      id: 'an HTML page with a script',
      expect: 'invalid-data',
      body: parts('<!doctype html><script>window.__hostile = "html"; alert(1)</script><p>Oops</p>'),
      generic: true,
    },
    {
      id: 'JSON cut in half',
      expect: 'invalid-data',
      body: parts(valid.slice(0, Math.floor(valid.length / 2))),
      generic: true,
    },
    { id: 'a NaN literal', expect: 'invalid-data', body: parts(valid.replace('}', ',"extra":NaN}')), generic: true },
    { id: 'a byte-order mark first', expect: 'data', shows, body: parts(`\uFEFF${valid}`), generic: true },
    // A computed key makes "__proto__" an own key, so JSON.stringify writes it as a pollution attempt.
    {
      id: '__proto__ and constructor keys',
      expect: 'data',
      shows,
      body: parts(withKeys({ ['__proto__']: { polluted: 'yes' }, constructor: { prototype: { polluted: 'yes' } } })),
    },
    {
      id: 'a megabyte of whitespace around it',
      expect: 'data',
      shows,
      body: [{ text: ' ', repeat: HUGE_BYTES }, { text: valid }],
      generic: true,
    },
    // JSON.parse reads it: a list holding one item of the wrong type, or no profile at all.
    {
      id: '100,000 levels of nesting',
      expect: isList ? 'empty' : 'invalid-data',
      omitted: isList ? 1 : undefined,
      body: [
        { text: '[', repeat: 100_000 },
        { text: ']', repeat: 100_000 },
      ],
      generic: true,
    },
  ]
  if (isList) {
    bodies.push(
      { id: 'as many items as allowed', expect: 'data', shows, body: parts(manyItems(name, limits.listLength)) },
      {
        id: 'one item past the limit',
        expect: 'data',
        shows,
        omitted: 1,
        body: parts(manyItems(name, limits.listLength + 1)),
        generic: true,
      },
      // All copies of one item: the first is kept, every later one repeats its id.
      {
        id: '10,000 items',
        expect: 'data',
        shows,
        omitted: 9_999,
        body: [
          { text: '[' },
          { text: `${JSON.stringify(first(sample))},`, repeat: 9_999 },
          { text: `${JSON.stringify(first(sample))}]` },
        ],
        generic: true,
      },
      {
        id: 'a repeated id',
        expect: 'data',
        shows,
        omitted: 1,
        body: parts(JSON.stringify([...(sample as Item[]), (sample as Item[])[0]])),
        generic: true,
      },
    )
  } else {
    bodies.push({
      id: 'a megabyte in an unknown field',
      expect: 'data',
      shows,
      body: [{ text: '{"padding":"' }, { text: 'x', repeat: HUGE_BYTES }, { text: `",${valid.slice(1)}` }],
    })
  }
  return bodies
}

/** Every hostile body for an endpoint, generated from its subject's fields. */
export function hostileBodies(name: EndpointName): HostileBody[] {
  const subject = subjects[name]
  const shows = shownText(name)
  const kept = (text: string) => ({ expect: 'data' as const, shows: text })
  const byText = texts(subject.text.max).map(({ id, value, valid, shows: cut }) => ({
    id: `${subject.text.field}: ${id}`,
    ...(valid ? kept(cut ?? String(value)) : wrongField(name, subject.text.field)),
    body: parts(jsonWith(name, subject.text.field, value)),
  }))
  const byCount = subject.count
    ? counts(subject.count.max).map(({ id, value, raw, valid }) => ({
        id: `${subject.count!.field}: ${id}`,
        ...(valid ? kept(shows) : wrongField(name, subject.count!.field)),
        body: parts(jsonWith(name, subject.count!.field, value, raw)),
      }))
    : []
  const byDate = subject.date
    ? dates[subject.date.kind].map(({ id, value, valid }) => ({
        id: `${subject.date!.field}: ${id}`,
        ...(valid ? kept(shows) : wrongField(name, subject.date!.field)),
        body: parts(jsonWith(name, subject.date!.field, value)),
      }))
    : []
  return [...byText, ...byCount, ...byDate, ...wholeBodies(name)]
}

/** The valid body of an endpoint, for the status, header and transport dimensions. */
export const validBody = (name: EndpointName): BodyParts => parts(JSON.stringify(subjects[name].sample()))
