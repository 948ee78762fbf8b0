/** The form of an AWS Region name (whether AWS has the Region is `checkRegionName`'s question). */
export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
