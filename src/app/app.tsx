import './app.css'
import { useRef, useState, type ReactNode } from 'react'
import type { Messages } from '../i18n/catalogs'
import type { FormatMemo } from '../i18n/format-memo'
import { I18nProvider, useI18n } from '../i18n/i18n-context'
import type { Locale } from '../i18n/locale'
import { RenderProbe } from '../metrics/render-probe'
import { columnsOf, dashboardSections, type SectionEntry } from '../sections/registry'
import { DashboardStatus } from '../ui/dashboard-status'
import { LanguageSwitcher } from '../ui/language-switcher'
import { PageActions } from '../ui/page-status'
import { SectionHtmlContext, type SectionHtml } from '../ui/section-html'
import { loadSharedAfterHydration, useAfterHydration } from '../ui/use-after-hydration'
import { useHydrated } from '../ui/use-hydrated'
import { mockApi } from './build-flags'

interface AppProps {
  /** The sections, in order; the registry's unless a test adds one. Two columns on wide screens, stacked on phones. */
  sections?: readonly SectionEntry[]
  /** The language to start in and its catalog; the app reads no browser state to pick them. */
  locale: Locale
  messages: Messages
  /** What each section's HTML already shows (a streamed page's settled sections); absent, the shell's skeleton. */
  html?: Record<string, SectionHtml>
  /** Intl's output in the server's render of the streamed sections. */
  formatted?: FormatMemo
  /**
   * Developer warnings about the URL, above the sections. Rendered from the first pass: in a build
   * the page drew them into the prerendered shell before its first paint (src/devtools/first-paint.ts).
   */
  banner?: ReactNode
  /** Developer tools, present in mock mode only. */
  tools?: ReactNode
}

/** The whole dashboard; the query client comes from the provider its boot renders it in (src/app/boot-dashboard.ts). */
export function App({ sections = dashboardSections, locale, messages, html = {}, formatted, banner, tools }: AppProps) {
  const [language, setLanguage] = useState({ locale, messages })
  const switchLanguage = async (next: Locale) => {
    if (next === language.locale) return
    // Offline, the switch's own code may not load either: the page stays in its language.
    const switched = await import('../i18n/switch-language').then(
      ({ switchTo }) => switchTo(next),
      () => undefined,
    )
    if (switched) setLanguage(switched)
  }
  // The developer tools aren't in the prerendered shell, so they join once hydration has matched it.
  const hydrated = useHydrated()
  return (
    <I18nProvider locale={language.locale} messages={language.messages} formatted={formatted}>
      <Dashboard sections={sections} html={html} banner={banner} onLanguageChange={switchLanguage} />
      {/* The developer tools stay in English whatever the page's language. */}
      {hydrated && tools && (
        <div lang="en" className="tools">
          {tools}
        </div>
      )}
    </I18nProvider>
  )
}

interface DashboardProps {
  sections: readonly SectionEntry[]
  html: Record<string, SectionHtml>
  banner: ReactNode
  onLanguageChange: (locale: Locale) => void
}

const loadingShell: SectionHtml = { settled: false }

function Dashboard({ sections, html, banner, onLanguageChange }: DashboardProps) {
  const { t } = useI18n()
  const titleRef = useRef<HTMLHeadingElement>(null)
  // The offline banner is not in the prerendered shell either: it loads once the page is hydrated.
  const later = useAfterHydration(loadSharedAfterHydration)
  return (
    <>
      <header className="topbar">
        <div className="topbar__inner">
          <span className="topbar__logo">
            <LeafIcon />
            EcoMarket
          </span>
          <span className="topbar__tagline">{t('tagline')}</span>
          <LanguageSwitcher onChange={onLanguageChange} />
        </div>
      </header>
      <main className="page">
        {later && <later.OfflineBanner />}
        <div className="page__heading">
          {/* Mock mode's tools pill joins this row after hydration; its room is kept from the first paint. */}
          <div className={mockApi ? 'page__bar page__bar--beside-tools' : 'page__bar'}>
            <h1 ref={titleRef} tabIndex={-1} className="page__title">
              {t('heading')}
            </h1>
          </div>
          <DashboardStatus focusAfterRetry={titleRef} />
          {/* In the shell too (no failures yet, so Refresh all alone), so the row is there from the first paint. */}
          <PageActions titleRef={titleRef} />
        </div>
        {banner}
        <div className="dashboard">
          {columnsOf(sections).map((column, i) => (
            <div key={i} className="dashboard__column">
              {column.map(({ endpoint, Component }) => (
                <RenderProbe key={endpoint.name} id={endpoint.name}>
                  <SectionHtmlContext value={html[endpoint.name] ?? loadingShell}>
                    <Component />
                  </SectionHtmlContext>
                </RenderProbe>
              ))}
            </div>
          ))}
        </div>
      </main>
    </>
  )
}

function LeafIcon() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <path
        fill="#7fd49b"
        d="M27 5C14 5 6 11 6 20c0 2 .5 4 1.5 5.5C10 18 15 14 21 12c-5 3-9.5 8-11.5 15 1.5.7 3.3 1 5 1 9 0 13.5-8 12.5-23z"
      />
    </svg>
  )
}
