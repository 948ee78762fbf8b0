/** Hand-kept facts about AWS the API models do not say: tags, Regions, ARNs, physical names. */
export * from './tags';
export * from './regions';
export * from './arns';
export * from './physical-names';
