// expectInvalidProp lives in the shared test harness; this module keeps older imports working.
export { expectInvalidProp } from '../harness';
