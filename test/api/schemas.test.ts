import * as v from 'valibot'
import { expect, test } from 'vitest'
import { profile } from '../../mocks/fixtures'
import { profileSchema } from '../../src/api/schemas'

test.each(['2023-02-31', '2023-13-01', 'yesterday', '', '2023-4-12'])('a profile with memberSince "%s" is refused', (memberSince) => {
  expect(v.safeParse(profileSchema, { ...profile, memberSince }).success).toBe(false)
})

test('a real date is accepted', () => {
  expect(v.safeParse(profileSchema, { ...profile, memberSince: '2024-02-29' }).success).toBe(true)
})
