import { SourceText as SourceText_baa4b9e3d7ece73cefa01802c74fdd40 } from '@/components/admin/Workflow/SourceText'
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
import { DayCell as DayCell_c122b8b051cb023e2e6bfb4396225e3b } from '@/components/admin/Dates/DayCell'
import { WorkflowPanel as WorkflowPanel_a42a09889a83ab8dbe9edca81b6f14cf } from '@/components/admin/Workflow/WorkflowPanel'
import { WorkflowCell as WorkflowCell_4d2c79871958849dc98030372f92438e } from '@/components/admin/Workflow/WorkflowCell'
import { AuditTrail as AuditTrail_6505d8d7685a1e71e686264c0ae08335 } from '@/components/admin/Workflow/AuditTrail'
import { NewsroomTimeCell as NewsroomTimeCell_795f119ea1c1eb0f4baa921947985afe } from '@/components/admin/Dates/NewsroomTimeCell'
import { LocaleStatus as LocaleStatus_7f78f88d0e22f029ece2265f90aae5cb } from '@/components/admin/Workflow/LocaleStatus'
import { SideBySideView as SideBySideView_e948b0a443c6d48ddad5436c4578921b } from '@/components/admin/Workflow/SideBySideView'
import { FixedRowsArray as FixedRowsArray_d77060a41be1bf4eea0c74fd3bdba08d } from '@/components/admin/Fields/FixedRowsArray'
import { WorkflowNavLinks as WorkflowNavLinks_d7c6b4f4b03eb9415caf6ce3ae0dd974 } from '@/components/admin/Workflow/NavLinks'
import { ImportNavLink as ImportNavLink_3979dbf3bab985c6339c5134e9736579 } from '@/components/admin/ImportNavLink'
import { WorkflowDashboard as WorkflowDashboard_202fe99bdfedfee207734bb6fa47435d } from '@/components/admin/Workflow/Dashboard'
import { DatePickerLocale as DatePickerLocale_b6eafd31fd331ff29b704d58f09d6135 } from '@/components/admin/Dates/DatePickerLocale'
import { FlushPendingEdits as FlushPendingEdits_6140320e3c511f092a9671d88572f04e } from '@/components/admin/Forms/FlushPendingEdits'
import { TodoView as TodoView_cc21b65a0b82d7d65708fc7bff7b0f39 } from '@/components/admin/Workflow/TodoView'
import { ImportView as ImportView_ea36ac6ced6079a7c2e93b046ca7c6c8 } from '@/components/admin/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/Workflow/SourceText#SourceText": SourceText_baa4b9e3d7ece73cefa01802c74fdd40,
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
  "@/components/admin/Dates/DayCell#DayCell": DayCell_c122b8b051cb023e2e6bfb4396225e3b,
  "@/components/admin/Workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_a42a09889a83ab8dbe9edca81b6f14cf,
  "@/components/admin/Workflow/WorkflowCell#WorkflowCell": WorkflowCell_4d2c79871958849dc98030372f92438e,
  "@/components/admin/Workflow/AuditTrail#AuditTrail": AuditTrail_6505d8d7685a1e71e686264c0ae08335,
  "@/components/admin/Dates/NewsroomTimeCell#NewsroomTimeCell": NewsroomTimeCell_795f119ea1c1eb0f4baa921947985afe,
  "@/components/admin/Workflow/LocaleStatus#LocaleStatus": LocaleStatus_7f78f88d0e22f029ece2265f90aae5cb,
  "@/components/admin/Workflow/SideBySideView#SideBySideView": SideBySideView_e948b0a443c6d48ddad5436c4578921b,
  "@/components/admin/Fields/FixedRowsArray#FixedRowsArray": FixedRowsArray_d77060a41be1bf4eea0c74fd3bdba08d,
  "@/components/admin/Workflow/NavLinks#WorkflowNavLinks": WorkflowNavLinks_d7c6b4f4b03eb9415caf6ce3ae0dd974,
  "@/components/admin/ImportNavLink#ImportNavLink": ImportNavLink_3979dbf3bab985c6339c5134e9736579,
  "@/components/admin/Workflow/Dashboard#WorkflowDashboard": WorkflowDashboard_202fe99bdfedfee207734bb6fa47435d,
  "@/components/admin/Dates/DatePickerLocale#DatePickerLocale": DatePickerLocale_b6eafd31fd331ff29b704d58f09d6135,
  "@/components/admin/Forms/FlushPendingEdits#FlushPendingEdits": FlushPendingEdits_6140320e3c511f092a9671d88572f04e,
  "@/components/admin/Workflow/TodoView#TodoView": TodoView_cc21b65a0b82d7d65708fc7bff7b0f39,
  "@/components/admin/ImportView#ImportView": ImportView_ea36ac6ced6079a7c2e93b046ca7c6c8,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
