/** Demo reference catalog of 江岸区 (420102): organisation, key fields, indicators, projects, people, texts. */
export * from './fields.ts';
export * from './indicators.ts';
export * from './org.ts';
export * from './people.ts';
export * from './projects.ts';
export * from './texts.ts';
