// What the cores import from libphonenumber (test/unit/build/vendor-libs.test.ts checks they import nothing else).
export { findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js/min';
