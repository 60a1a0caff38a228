@NullMarked
package org.doppel.ingest.html;

import org.jspecify.annotations.NullMarked;
