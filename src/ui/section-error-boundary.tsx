import { Component, type ErrorInfo, type ReactNode } from 'react'
import type { EndpointName } from '../api/endpoints'
import { ErrorState } from './error-state'
import { Overlaid } from './overlaid'

interface Props {
  name: EndpointName
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
    console.error(`The ${this.props.name} section failed to render`, error, info.componentStack)
  }

  render() {
    if (this.state.error === null) return this.props.children
    return (
      <Overlaid room={this.props.ghost}>
        <ErrorState
          error={this.state.error}
          name={this.props.name}
          onRetry={() => {
            this.setState({ error: null })
            this.props.onRetry()
          }}
        />
      </Overlaid>
    )
  }
}
