// The languages chibo speaks: Vietnamese by default, English on request.
export type Lang = 'vi' | 'en';
