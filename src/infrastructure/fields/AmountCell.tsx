'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, NumberFieldClient } from 'payload'

import { formatMinor } from '../../domain/money'

/** An amount in a list column, as the owner reads it (14,50 €), not the stored cents (1450). */
export function AmountCell({ cellData, rowData, field }: DefaultCellComponentProps<NumberFieldClient>) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'number') return null
  const currencyPath = (field.admin?.custom as { currencyPath?: string } | undefined)?.currencyPath
  const currency = currencyPath ? currencyPath.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], rowData) : undefined
  return <span>{formatMinor(cellData, typeof currency === 'string' && currency ? currency : 'EUR', i18n.language)}</span>
}
