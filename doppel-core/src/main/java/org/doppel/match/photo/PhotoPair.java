package org.doppel.match.photo;

/** Two pictures, by id, that show the same photo, with how they matched. */
public record PhotoPair(String a, String b, PhotoMatch match) {}
