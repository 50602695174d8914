import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { LessonFrontmatterSchema } from './src/schemas/lesson';
import { UiStringsSchema } from './src/schemas/ui-strings';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: LessonFrontmatterSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: UiStringsSchema }) }),
};
