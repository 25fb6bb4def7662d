import './profile.css'
import { useEndpoint } from '../../api/endpoint-query'
import { endpoints } from '../../api/endpoints'
import type { Profile } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n-context'
import { SectionFrame } from '../../ui/section-frame'
import { SkeletonBlock, SkeletonPill, SkeletonText, times } from '../../ui/skeleton'

export function ProfileSection() {
  const query = useEndpoint(endpoints.profile)
  return (
    <SectionFrame name="profile" query={query} skeleton={<ProfileSkeleton />} empty={() => null}>
      {({ item }) => <ProfileCard profile={item} />}
    </SectionFrame>
  )
}

function ProfileCard({ profile }: { profile: Profile }) {
  const { t, format } = useI18n()
  return (
    <div className="profile">
      <div className="profile__identity">
        <span className="profile__avatar" aria-hidden="true">
          {format.initial(profile.name)}
        </span>
        <div>
          {/* A name too long for the column is cut short; its title keeps it whole. */}
          <h3 className="profile__name" title={profile.name} dir="auto">
            {profile.name}
          </h3>
          {profile.tier && <p className={`tier tier--${profile.tier}`}>{t(profile.tier)}</p>}
        </div>
      </div>
      {profile.ecoPoints === 0 ? (
        // A brand-new member learns how points are earned, in the room the figures take.
        <p className="profile__next-step">
          <span>
            {t('newMember')} <a href="#products-heading">{t('browseProducts')}</a>
          </span>
        </p>
      ) : (
        // A figure the answer left out is not drawn; the footer counts it.
        <dl className="stats">
          {profile.ecoPoints !== undefined && (
            <div className="stat">
              <dt className="stat__label">{t('ecoPoints')}</dt>
              <StatValue text={format.integer(profile.ecoPoints)} short={format.compactInteger(profile.ecoPoints)} />
            </div>
          )}
          {profile.co2SavedKg !== undefined && (
            <div className="stat">
              <dt className="stat__label">{t('co2Saved')}</dt>
              <StatValue
                text={format.kilograms(profile.co2SavedKg)}
                short={format.compactKilograms(profile.co2SavedKg)}
              />
            </div>
          )}
          {profile.memberSince !== undefined && (
            <div className="stat">
              <dt className="stat__label">{t('memberSince')}</dt>
              <StatValue text={format.monthYear(profile.memberSince)} />
            </div>
          )}
        </dl>
      )}
    </div>
  )
}

/** The most characters a stat shows whole in its box at the narrowest column (about 84 px). */
const STAT_CHARS = 8

/** A stat, shortened when too long for its box ("10M" for 10,000,000); the title keeps it whole. */
function StatValue({ text, short = text }: { text: string; short?: string }) {
  return (
    <dd className="stat__value" title={text}>
      {text.length > STAT_CHARS ? short : text}
    </dd>
  )
}

function ProfileSkeleton() {
  return (
    <div className="profile">
      <div className="profile__identity">
        <SkeletonBlock className="profile__avatar" />
        <div>
          <SkeletonText className="profile__name" lines={['w60']} />
          <SkeletonPill className="tier" />
        </div>
      </div>
      <div className="stats">
        {times(3).map((index) => (
          <div key={index} className="stat">
            <SkeletonText className="stat__label" lines={['w70']} />
            <SkeletonText className="stat__value" lines={['w50']} />
          </div>
        ))}
      </div>
    </div>
  )
}
