// Where the privacy notice and the record of processing live: one place, for the footer, the
// invitation mail, the admin page and the tests.

export const privacyNoticePath = "/privatliv";
export const privacyAdminPath = "/admin/databeskyttelse";
export const processingRecordPath = "/admin/databeskyttelse/fortegnelse";
