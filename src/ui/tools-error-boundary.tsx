import { Component, type ReactNode } from 'react'

/** Developer tools that fail (to load, or while drawing) disappear; the dashboard stays. */
export class ToolsErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.error('The developer tools failed and were removed from the page', error)
  }

  render() {
    return this.state.failed ? null : this.props.children
  }
}
