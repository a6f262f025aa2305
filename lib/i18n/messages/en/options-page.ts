/** English messages: the options page's remaining sections: provider detection, native probes, check results, site access, backend check, settings import/repair messages (keys start with "options."). */
export const optionsPage = {} as const;
