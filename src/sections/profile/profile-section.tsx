import './profile.css'
import type { Profile } from '../../api/schemas'
import { formatInteger, formatKilograms, formatMonthYear } from '../../ui/format'
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
          {profile.name.charAt(0)}
        </span>
        <div>
          <h3 className="profile__name">{profile.name}</h3>
          <p className={`tier tier--${profile.tier}`}>{tierText[profile.tier]} member</p>
        </div>
      </div>
      <dl className="stats">
        <div className="stat">
          <dt>Eco-points</dt>
          <dd>{formatInteger(profile.ecoPoints)}</dd>
        </div>
        <div className="stat">
          <dt>CO₂ saved</dt>
          <dd>{formatKilograms(profile.co2SavedKg)}</dd>
        </div>
        <div className="stat">
          <dt>Member since</dt>
          <dd>{formatMonthYear(profile.memberSince)}</dd>
        </div>
      </dl>
    </div>
  )
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
