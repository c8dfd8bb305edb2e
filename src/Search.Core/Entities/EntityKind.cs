namespace Search.Core.Entities;

public enum EntityKind { Country, Place, Organisation, Person }
