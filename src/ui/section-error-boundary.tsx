import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorState } from './error-state'
import { Overlaid } from './overlaid'

interface Props {
  label: string
  ghost: ReactNode
  /** Fetches the section again; new data then remounts the boundary (its key changes). */
  onRetry: () => void
  children: ReactNode
}

/** A bug while drawing one section's data breaks that section only, never the page. */
export class SectionErrorBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.label} failed to render`, error, info.componentStack)
  }

  render() {
    if (this.state.error === null) return this.props.children
    return (
      <Overlaid ghost={this.props.ghost}>
        <ErrorState
          error={this.state.error}
          label={this.props.label}
          onRetry={() => {
            this.setState({ error: null })
            this.props.onRetry()
          }}
        />
      </Overlaid>
    )
  }
}
