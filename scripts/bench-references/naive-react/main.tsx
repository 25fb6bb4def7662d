// The benchmark's "typical React page": each section fetches in useEffect after mount, with
// useState for its result. Same data, server and section contract as the dashboard.
import '../reference.css'
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

type Row = [title: string, detail: string]
type Product = { emoji: string; name: string; priceCents: number; unit: string }
type Category = { name: string; productCount: number }
type Profile = { name: string; ecoPoints: number; co2SavedKg: number }
type Notification = { text: string; createdAt: string }

const sections = {
  categories: (list: Category[]): Row[] => list.map((c) => [c.name, String(c.productCount)]),
  profile: (p: Profile): Row[] => [[p.name, `${p.ecoPoints} eco-points · ${p.co2SavedKg} kg CO₂ saved`]],
  products: (list: Product[]): Row[] =>
    list.map((p) => [`${p.emoji} ${p.name}`, `€${(p.priceCents / 100).toFixed(2)} · ${p.unit}`]),
  notifications: (list: Notification[]): Row[] =>
    list.map((n) => [n.text, new Date(n.createdAt).toLocaleString('en-IE')]),
}
type Name = keyof typeof sections

function Section({ name }: { name: Name }) {
  const [rows, setRows] = useState<Row[]>()
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), 2000)
    fetch(`/api/${name}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((data) => setRows(sections[name](data)))
      .catch(() => setFailed(true))
      .finally(() => clearTimeout(timer))
    return () => controller.abort()
  }, [name])
  const title = name[0].toUpperCase() + name.slice(1)
  return (
    <section aria-labelledby={`${name}-heading`} aria-busy={!rows && !failed}>
      <h2 id={`${name}-heading`}>{title}</h2>
      <div className="body">
        {failed && (
          <p role="alert" className="alert">
            {title} couldn't be loaded. Retry.
          </p>
        )}
        {rows?.map(([t, d], i) => (
          <div key={i} className="row">
            <strong>{t}</strong>
            <span>{d}</span>
          </div>
        ))}
        {!rows && !failed && [0, 1, 2].map((i) => <div key={i} className="sk" />)}
      </div>
    </section>
  )
}

createRoot(document.getElementById('root')!).render(
  <>
    <header>EcoMarket</header>
    <main>
      {(Object.keys(sections) as Name[]).map((name) => (
        <Section key={name} name={name} />
      ))}
    </main>
  </>,
)
