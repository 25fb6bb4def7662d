import { revealStreamedSections } from '../reveal'

revealStreamedSections()
