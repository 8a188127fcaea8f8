/** The widgets' version, compared when a page loads the library twice. Kept in step with package.json by a test. */
export const widgetsVersion = '0.1.0';
