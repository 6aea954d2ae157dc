/** The answer to an upload: status and the parsed JSON body (null when the body is not JSON). */
export interface UploadAnswer {
  status: number;
  body: { error?: { message?: string } } | null;
}

/**
 * POSTs a form with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Rejects only when no HTTP answer arrives (network failure).
 */
export function postFileWithProgress(
  url: string,
  form: FormData,
  options: { locale: string; onProgress: (fraction: number) => void },
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    // Error messages in the language of the page, not of the browser.
    xhr.setRequestHeader("Accept-Language", options.locale);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.send(form);
  });
}
