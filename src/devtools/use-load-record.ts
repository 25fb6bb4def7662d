import { useSyncExternalStore } from 'react'
import type { LoadRecorder } from '../metrics/load-recorder'

/** The current load as the panel sees it; only the panel subscribes, never a section. */
export const useLoadRecord = (recorder: LoadRecorder) => useSyncExternalStore(recorder.subscribe, recorder.getSnapshot)
