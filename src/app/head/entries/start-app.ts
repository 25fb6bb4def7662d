import { startApp, type StartAppConfig } from '../start-app'

declare const __HEAD_CONFIG__: StartAppConfig

startApp(__HEAD_CONFIG__)
