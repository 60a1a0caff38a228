@NullMarked
package org.doppel.index.photo;

import org.jspecify.annotations.NullMarked;
