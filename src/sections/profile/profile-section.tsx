import './profile.css'
import type { Profile } from '../../api/schemas'
import { formatCompactInteger, formatCompactKilograms, formatInteger, formatKilograms, formatMonthYear } from '../../ui/format'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, times } from '../../ui/skeleton'
import { useProfile } from './profile-queries'

const tierText: Record<Profile['tier'], string> = { seedling: 'Seedling', sapling: 'Sapling', evergreen: 'Evergreen' }

export function ProfileSection() {
  const query = useProfile()
  return (
    <SectionFrame name="profile" query={query} skeleton={<ProfileSkeleton />} isEmpty={() => false} empty={null}>
      {(profile) => <ProfileCard profile={profile} />}
    </SectionFrame>
  )
}

function ProfileCard({ profile }: { profile: Profile }) {
  return (
    <div className="profile">
      <div className="profile__identity">
        <span className="profile__avatar" aria-hidden="true">
          {initialOf(profile.name)}
        </span>
        <div>
          <h3 className="profile__name" title={profile.name}>
            {profile.name}
          </h3>
          <p className={`tier tier--${profile.tier}`}>{tierText[profile.tier]} member</p>
        </div>
      </div>
      <dl className="stats">
        <div className="stat">
          <dt>Eco-points</dt>
          <StatValue text={formatInteger(profile.ecoPoints)} short={formatCompactInteger(profile.ecoPoints)} />
        </div>
        <div className="stat">
          <dt>CO₂ saved</dt>
          <StatValue text={formatKilograms(profile.co2SavedKg)} short={formatCompactKilograms(profile.co2SavedKg)} />
        </div>
        <div className="stat">
          <dt>Member since</dt>
          <StatValue text={formatMonthYear(profile.memberSince)} />
        </div>
      </dl>
    </div>
  )
}

/** The name's first character, whole even when it is an emoji or another surrogate pair. */
const initialOf = (name: string) => String.fromCodePoint(name.trimStart().codePointAt(0) ?? 0x20)

/** The most characters a stat shows whole in its box at the narrowest column (about 84 px). */
const STAT_CHARS = 8

/** A stat, shortened when too long for its box ("10M" for 10,000,000); the title keeps it whole. */
function StatValue({ text, short = text }: { text: string; short?: string }) {
  return <dd title={text}>{text.length > STAT_CHARS ? short : text}</dd>
}

function ProfileSkeleton() {
  return (
    <div className="profile">
      <div className="profile__identity">
        <SkeletonBlock className="profile__avatar" />
        <div>
          <SkeletonBlock className="skeleton--line skeleton--w60 skeleton--title" />
          <SkeletonBlock className="skeleton--line skeleton--w40" />
        </div>
      </div>
      <div className="stats">
        {times(3).map((index) => (
          <div key={index} className="stat">
            <SkeletonBlock className="skeleton--line skeleton--w70" />
            <SkeletonBlock className="skeleton--line skeleton--w50 skeleton--title" />
          </div>
        ))}
      </div>
    </div>
  )
}
