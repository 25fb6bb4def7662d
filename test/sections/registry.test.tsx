import { useQuery } from '@tanstack/react-query'
import { screen, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { endpointQuery } from '../../src/api/endpoint-query'
import { defineEndpoint, endpointNames, endpoints } from '../../src/api/endpoints'
import { dashboardSections, type SectionEntry } from '../../src/sections/registry'
import { sectionNames } from '../contract'
import { advance, renderDashboard, setScenarioFromUrl } from '../render'

// A fifth, test-only section: one registry entry (its endpoint-table entry inside) plus its component.
const reviews = defineEndpoint('reviews', {
  path: '/api/reviews',
  schema: v.array(v.object({ id: v.string(), text: v.string() })),
  shape: 'list',
  criticality: 'optional',
  cache: { staleTime: 60_000, gcTime: 600_000 },
})

function ReviewsSection() {
  const { data, isPending, isError } = useQuery(endpointQuery(reviews))
  return (
    <section aria-labelledby="reviews-heading" aria-busy={isPending}>
      <h2 id="reviews-heading">Reviews</h2>
      {isPending ? (
        <p>Loading reviews</p>
      ) : isError ? (
        <p role="alert">We couldn't load reviews</p>
      ) : (
        <ul>
          {data.map((review) => (
            <li key={review.id}>{review.text}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

const reviewsEntry: SectionEntry = { endpoint: reviews, Component: ReviewsSection, column: 'side' }
const withReviews = [...dashboardSections, reviewsEntry]

const REVIEWS_MS = 50
const answerReviews = (answer: () => Response) =>
  server.use(
    http.get('*/api/reviews', async () => {
      await delay(REVIEWS_MS)
      return answer()
    }),
  )
const region = (name: string) => screen.getByRole('region', { name })
const reviewsRegion = () => region('Reviews')

beforeEach(() => {
  vi.useFakeTimers()
})

describe('a fifth section from one registry entry', () => {
  test('is requested with the others before the first render, and shows its own skeleton, then its data, while a slow section still loads', async () => {
    answerReviews(() => HttpResponse.json([{ id: 'r1', text: 'Great apples, no plastic' }]))
    setScenarioFromUrl('?products=1500')
    const started: string[] = []
    server.events.on('request:start', ({ request }) => void started.push(new URL(request.url).pathname))
    await renderDashboard({
      sections: withReviews,
      beforeRender: async () => {
        await advance(5)
        expect(started.sort()).toEqual([...endpointNames.map((name) => endpoints[name].path), reviews.path].sort())
      },
    })
    expect(screen.getAllByRole('region')).toHaveLength(endpointNames.length + 1)
    expect(reviewsRegion()).toHaveAttribute('aria-busy', 'true')
    expect(within(reviewsRegion()).getByText('Loading reviews')).toBeVisible()

    await advance(REVIEWS_MS)
    expect(reviewsRegion()).toHaveAttribute('aria-busy', 'false')
    expect(within(reviewsRegion()).getByText('Great apples, no plastic')).toBeVisible()
    expect(region(sectionNames.en.products)).toHaveAttribute('aria-busy', 'true') // still on its way

    await advance(1_500)
    expect(region(sectionNames.en.products)).toHaveAttribute('aria-busy', 'false')
    expect(within(reviewsRegion()).getByText('Great apples, no plastic')).toBeVisible()
    expect(started, started.join(', ')).toHaveLength(endpointNames.length + 1) // each section joined its request in flight
  })

  test("shows its data whatever another section's failure", async () => {
    answerReviews(() => HttpResponse.json([{ id: 'r1', text: 'Great apples, no plastic' }]))
    setScenarioFromUrl('?categories=error@0')
    await renderDashboard({ sections: withReviews })
    await advance(12_000)
    expect(within(region(sectionNames.en.categories)).getByRole('alert')).toHaveTextContent(
      "We couldn't load categories",
    )
    expect(within(reviewsRegion()).getByText('Great apples, no plastic')).toBeVisible()
    expect(within(reviewsRegion()).queryByRole('alert')).not.toBeInTheDocument()
  })

  test('fails on its own: the other four end in their data, with no alert', async () => {
    answerReviews(() => HttpResponse.json({ message: 'down' }, { status: 500 }))
    await renderDashboard({ sections: withReviews })
    await advance(12_000) // every retry its policy allows
    expect(within(reviewsRegion()).getByRole('alert')).toHaveTextContent("We couldn't load reviews")
    for (const name of endpointNames) {
      expect(region(sectionNames.en[name])).toHaveAttribute('aria-busy', 'false')
      expect(within(region(sectionNames.en[name])).queryByRole('alert')).not.toBeInTheDocument()
    }
    expect(screen.getAllByRole('alert')).toHaveLength(1)
  })
})

test('the registry places every endpoint of the table once', () => {
  expect(dashboardSections.map((section) => section.endpoint.name).sort()).toEqual([...endpointNames].sort())
  for (const name of endpointNames) expect(endpoints[name].name).toBe(name)
})
