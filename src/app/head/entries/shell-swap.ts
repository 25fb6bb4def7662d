import { swapInLanguageShell } from '../shell-swap'

swapInLanguageShell()
