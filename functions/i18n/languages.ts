/** The languages live beside the contract (the lowest layer), which validates them; i18n says them. */
export * from '../contract/languages';
