import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { AmountCell as AmountCell_56de5df95a3aa5335af16527afeb6dc4 } from '../../../infrastructure/fields/AmountCell'
import { AmountInput as AmountInput_d058d3d0021272c14f176e99a0d8eb1b } from '../../../infrastructure/fields/AmountInput'
import { InviteStaff as InviteStaff_65c2c0dae55f20a6103ee2eb72622eb4 } from '../../../collections/Users/admin/InviteStaff'
import { DepositsNotice as DepositsNotice_d495c7a3f686d6a97fab4d2235fbbddd } from '../../../plugins/reservations/admin/DepositsNotice'
import { TableBookingsGuard as TableBookingsGuard_1b908650b50721658d630224349a816a } from '../../../plugins/reservations/admin/TableBookingsGuard'
import { GuestAtAGlance as GuestAtAGlance_8901c8f8b03c472b0d133f9d4e25eeba } from '../../../plugins/reservations/admin/GuestAtAGlance'
import { RefundDeposit as RefundDeposit_300cf0dd522b743e8b8c7b34bc815116 } from '../../../plugins/reservations/admin/RefundDeposit'
import { BulkStatusActions as BulkStatusActions_ad307628caf6e6b21484b745578be6c7 } from '../../../plugins/reservations/admin/BulkStatusActions'
import { GuestDuplicates as GuestDuplicates_5fad661afe9374d50309323a74cf6eab } from '../../../plugins/reservations/admin/GuestDuplicates'
import { WebhookSecret as WebhookSecret_abc6c24b5ce29683d5ac3b95221ad193 } from '../../../plugins/reservations/admin/webhooks/WebhookSecret'
import { SendTestEvent as SendTestEvent_c22397c467e431ee5af9e47f5a671795 } from '../../../plugins/reservations/admin/webhooks/SendTestEvent'
import { HelpNavLink as HelpNavLink_ae11b79c2ad37ec96023e898f3446662 } from '../../../help/HelpNavLink'
import { ServiceNavLink as ServiceNavLink_b58f391b13eafa5cbecc30e8eeafb0d7 } from '../../../plugins/reservations/admin/ServiceNavLink'
import { HelpView as HelpView_9627f0484d24c4745b054046f816db83 } from '../../../help/HelpView'
import { StaffHome as StaffHome_f5c65b65531faf1a13ca2e7fb1dbfdad } from '../../../plugins/reservations/admin/StaffHome'
import { ServiceView as ServiceView_85c60531038fce55e5d4822514d83699 } from '../../../plugins/reservations/admin/ServiceView'
import { CalendarView as CalendarView_2f65054cb7ab39e243b3f2423edd5e40 } from '../../../plugins/reservations/admin/CalendarView'
import { FloorView as FloorView_46263e68cdd76aa7521922e4e620098e } from '../../../plugins/reservations/admin/FloorView'
import { AnalyticsView as AnalyticsView_0125e478be1b308f2b9ac5fdcde59377 } from '../../../plugins/reservations/admin/AnalyticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/infrastructure/fields/AmountCell#AmountCell": AmountCell_56de5df95a3aa5335af16527afeb6dc4,
  "/infrastructure/fields/AmountInput#AmountInput": AmountInput_d058d3d0021272c14f176e99a0d8eb1b,
  "/collections/Users/admin/InviteStaff#InviteStaff": InviteStaff_65c2c0dae55f20a6103ee2eb72622eb4,
  "/plugins/reservations/admin/DepositsNotice#DepositsNotice": DepositsNotice_d495c7a3f686d6a97fab4d2235fbbddd,
  "/plugins/reservations/admin/TableBookingsGuard#TableBookingsGuard": TableBookingsGuard_1b908650b50721658d630224349a816a,
  "/plugins/reservations/admin/GuestAtAGlance#GuestAtAGlance": GuestAtAGlance_8901c8f8b03c472b0d133f9d4e25eeba,
  "/plugins/reservations/admin/RefundDeposit#RefundDeposit": RefundDeposit_300cf0dd522b743e8b8c7b34bc815116,
  "/plugins/reservations/admin/BulkStatusActions#BulkStatusActions": BulkStatusActions_ad307628caf6e6b21484b745578be6c7,
  "/plugins/reservations/admin/GuestDuplicates#GuestDuplicates": GuestDuplicates_5fad661afe9374d50309323a74cf6eab,
  "/plugins/reservations/admin/webhooks/WebhookSecret#WebhookSecret": WebhookSecret_abc6c24b5ce29683d5ac3b95221ad193,
  "/plugins/reservations/admin/webhooks/SendTestEvent#SendTestEvent": SendTestEvent_c22397c467e431ee5af9e47f5a671795,
  "/help/HelpNavLink#HelpNavLink": HelpNavLink_ae11b79c2ad37ec96023e898f3446662,
  "/plugins/reservations/admin/ServiceNavLink#ServiceNavLink": ServiceNavLink_b58f391b13eafa5cbecc30e8eeafb0d7,
  "/help/HelpView#HelpView": HelpView_9627f0484d24c4745b054046f816db83,
  "/plugins/reservations/admin/StaffHome#StaffHome": StaffHome_f5c65b65531faf1a13ca2e7fb1dbfdad,
  "/plugins/reservations/admin/ServiceView#ServiceView": ServiceView_85c60531038fce55e5d4822514d83699,
  "/plugins/reservations/admin/CalendarView#CalendarView": CalendarView_2f65054cb7ab39e243b3f2423edd5e40,
  "/plugins/reservations/admin/FloorView#FloorView": FloorView_46263e68cdd76aa7521922e4e620098e,
  "/plugins/reservations/admin/AnalyticsView#AnalyticsView": AnalyticsView_0125e478be1b308f2b9ac5fdcde59377,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
