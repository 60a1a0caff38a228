package org.doppel.document;

/** What a line that is not article text is: set aside as metadata, never counted as shared text. */
public enum LineKind {
  /** "Advertisement", "Advert", "Sponsored content". */
  ADVERT,
  /** "Related posts", "Read more", "You may also like". */
  RELATED,
  /** "Share this article", "Follow us on …", "Subscribe to our newsletter". */
  SHARE_PROMPT,
  /** "By Jane Voe", "Reporting by …", "Staff reporter". */
  BYLINE,
  /** "Published 3 March 2019", "Updated: 13/03/2019 14:05". */
  DATELINE,
  /** "Home / World / Article | Site", "Posted in Sport by Site staff". */
  SITE_HEADER,
  /** "© 2019 Site. All rights reserved. | Privacy Policy". */
  FOOTER,
  /** "Copied from X", "Source: X", "Originally published by X", "(via X)". */
  ATTRIBUTION,
  /** "Topics: …", "Tags: …". */
  TAGS
}
