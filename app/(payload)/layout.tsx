import type { ServerFunctionClient } from 'payload'

import config from '@payload-config'
import '@payloadcms/next/css'
import './custom.css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { buildFormStateInEditedLocale } from '@/lib/admin/formStateServerFunction'

import { importMap } from './admin/importMap.js'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Payload's handlers, with the form-state one checking for other people's edits in the edited locale.
  return handleServerFunctions({ ...args, config, importMap, serverFunctions: { 'form-state': buildFormStateInEditedLocale } })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
