import { useI18n } from '../i18n/i18n-context'
import { localeNames, locales, type Locale } from '../i18n/locale'

/** Both languages, each named in itself; the current one is pressed. */
export function LanguageSwitcher({ onChange }: { onChange: (locale: Locale) => void }) {
  const { locale, t } = useI18n()
  return (
    <div role="group" aria-label={t('language')} className="language-switcher">
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => onChange(option)}
        >
          {localeNames[option]}
        </button>
      ))}
    </div>
  )
}
