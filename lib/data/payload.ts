import config from '@payload-config'
import { getPayload } from 'payload'

/** The site's Payload handle; `getPayload` caches the instance per server process. */
export const getPayloadClient = () => getPayload({ config })
